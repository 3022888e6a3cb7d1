;; A capitalized short name that is neither imported nor in java.lang is a compile error naming the place.
(display "never printed")
(Widget/make 1)
;; error: unknown-class\.scm:3:1: unknown Java class Widget: import it with \(import \(java PACKAGE Widget\)\)
