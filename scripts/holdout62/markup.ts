// holdout62's inline markup is holdout61's (itself holdout60's), the same kinds and markers (`{{PHONE|07700 900123}}`
// labels a span, `{{neg:order-number|AB-12345}}` marks a hard negative): one definition, read from there.
export * from "../holdout61/markup.ts"
