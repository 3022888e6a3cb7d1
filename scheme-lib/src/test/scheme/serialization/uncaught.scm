;; An uncaught serialization error ends the program with a message naming what could not be serialized.
(display "before") (newline)
(object->u8vector (vector 1 (current-error-port)))
(display "not reached") (newline)
;; expect: before
;; error: error: object->u8vector: cannot serialize a port: #<
