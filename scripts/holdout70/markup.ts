// holdout70's inline markup is holdout64's (itself holdout63's and older), the same markers: one definition, read from there.
export * from "../holdout64/markup.ts"
