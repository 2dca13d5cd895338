// holdout66's inline markup is holdout64's (itself holdout63's, holdout62's, holdout61's and holdout60's), the same kinds and markers
// (`{{PHONE|07700 900123}}` labels a span, `{{neg:order-number|AB-12345}}` marks a hard negative): one definition, read from there.
export * from "../holdout64/markup.ts"
