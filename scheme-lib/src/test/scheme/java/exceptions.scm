;; A Java exception is a Scheme error whose message names the exception's class and message.
(import (scheme base) (scheme write))
(define (message-of thunk)
  (guard (e ((error-object? e) (error-object-message e))) (thunk)))
(write (message-of (lambda () (Integer/parseInt "x1")))) (newline)
;; expect: "java.lang.NumberFormatException: For input string: \"x1\""
(write (message-of (lambda () (.get (java.util.ArrayList.) 3)))) (newline)
;; expect: "java.lang.IndexOutOfBoundsException: Index 3 out of bounds for length 0"
(write (guard (e (#t (.getName (.getClass (java-exception e))))) (Math/floorDiv 1 0))) (newline)
;; expect: "java.lang.ArithmeticException"
;; Scheme's own errors in arguments: no such method, out of range, no conversion.
(write (message-of (lambda () (Math/nosuch 1)))) (newline)
;; expect: "java: no public static method java.lang.Math.nosuch"
(write (message-of (lambda () (Math/abs "x")))) (newline)
;; expect: "java: no static method java.lang.Math.abs takes (string)"
(write (message-of (lambda () (java.util.ArrayList. 10000000000)))) (newline)
;; expect: "java: 10000000000 is out of range for int"
(write (message-of (lambda () (java-new 'no.such.Thing)))) (newline)
;; expect: "java: no class named no.such.Thing"
(write (message-of (lambda () (.length #!void)))) (newline)
;; expect: "java: method call on #!void (null)"
;; Uncaught, it ends the program with the message and the place.
(Integer/parseInt "nope")
;; error: java\.lang\.NumberFormatException: For input string: "nope"
;; error: exceptions\.scm:23
