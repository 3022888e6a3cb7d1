;; spawn without a thunk or a body is a compile error that says so.
(spawn)
;; error: spawn needs a thunk or a body
