// holdout79's inline markup is holdout64's (`{{PHONE|…}}` labels a span, `{{neg:plate|AB-12-CD}}` marks a hard negative): one definition, read from there.
export * from "../holdout64/markup.ts"
