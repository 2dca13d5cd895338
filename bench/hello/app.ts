import { Hono } from "hono"

/** The baseline: a bare Hono app answering one route. */
export const hello = new Hono().get("/hello", (c) => c.text("hello"))
