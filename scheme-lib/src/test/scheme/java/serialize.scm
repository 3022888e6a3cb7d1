;; A Java object cannot travel: serializing it (as a message to another node does) is an error naming it,
;; unless an encoder replaces it.
(import (scheme base) (scheme write))
(define l (java.util.ArrayList.))
(.add l 1)
(write (guard (e ((error-object? e) (error-object-message e))) (object->u8vector (list 'msg l)))) (newline)
;; expect: "object->u8vector: cannot serialize a ArrayList (a Java object):"
(define bytes (object->u8vector (list 'msg l) (lambda (x) (if (java-object? x) (vector->list (java-array->vector (.toArray x))) x))))
(write (u8vector->object bytes)) (newline)
;; expect: (msg (1))
