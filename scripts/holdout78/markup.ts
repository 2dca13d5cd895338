// holdout78's inline markup is holdout64's (`{{PHONE|…}}` labels a span, `{{neg:player-id|AB-12345}}` marks a hard negative): one definition, read from there.
export * from "../holdout64/markup.ts"
