// holdout80's inline markup is holdout64's (`{{PHONE|…}}` labels a span, `{{neg:case-number|HPR-2026-0883417}}` marks a hard negative): one definition, read from there.
export * from "../holdout64/markup.ts"
