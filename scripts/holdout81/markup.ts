// holdout81's inline markup is holdout80's, itself holdout64's (`{{PHONE|…}}` labels a span, `{{neg:order-number|PF-118204}}` marks a hard negative): one definition, read from there.
export * from "../holdout80/markup.ts"
