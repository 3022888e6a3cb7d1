;; The plain procedures underneath the syntax, for programs that compute names; arrays; conversions.
(import (scheme base) (scheme write))
(define sb (java-new 'java.lang.StringBuilder "ab"))
(java-call sb 'append "cd")
(java-call sb "append" #\e)
(java-call sb 'append 42)
(write (java-call sb 'toString)) (newline)
;; expect: "abcde42"
(write (java-static 'Math 'max 3 7)) (newline)
;; expect: 7
(write (java-static (java-class "java.lang.Math") "min" 3.5 7)) (newline)
;; expect: 3.5
(write (java-field 'Integer 'MIN_VALUE)) (newline)
;; expect: -2147483648
(write (java-field (java-new 'java.awt.Point 1 2) 'y)) (newline)
;; expect: 2
(write (list (java-instance? 'String "s") (java-instance? 'CharSequence "s") (java-instance? 'Number 1.5)
             (java-instance? 'java.util.Map 1))) (newline)
;; expect: (#t #t #t #f)
;; Arrays: of a primitive type or a class, converted element by element.
(define ints (java-array 'int 3))
(java-array-set! ints 0 7)
(java-array-set! ints 2 9)
(write (list (java-array-length ints) (java-array-ref ints 0) (java-array->vector ints))) (newline)
;; expect: (3 7 #(7 0 9))
(define strs (vector->java-array 'String #("b" "c" "a")))
(java.util.Arrays/sort strs)
(write (java-array->vector strs)) (newline)
;; expect: #("a" "b" "c")
(write (java.util.Arrays/toString (vector->java-array 'double #(1 2.5)))) (newline)
;; expect: "[1.0, 2.5]"
;; Bytevectors are byte[] already.
(define bytes (.getBytes "hé" "UTF-8"))
(write bytes) (newline)
;; expect: #u8(104 195 169)
(write (java.lang.String. (bytevector 111 107) "US-ASCII")) (newline)
;; expect: "ok"
;; Booleans, characters, #!void as null, exact and inexact numbers.
(write (list (Boolean/parseBoolean "true") (Character/toUpperCase #\q) (java.util.Objects/isNull #!void)
             (Double/parseDouble "2.5") (Short/parseShort "12") (Float/parseFloat "0.5"))) (newline)
;; expect: (#t #\Q #t 2.5 12 0.5)
(write (java-object? (java.util.ArrayList.))) (newline)
;; expect: #t
(write (map java-object? (list 1 "s" 'x #t car (lambda (x) x) (make-tag) (self) (vector)))) (newline)
;; expect: (#f #f #f #f #f #f #f #f #f)
