;; Clojure's syntax for Java: static methods and fields, instance methods and fields, constructors, imports.
(import (scheme base) (scheme write) (java java.util ArrayList HashMap) (java java.awt.Point))
(write (Math/abs -5)) (newline)
;; expect: 5
(write (Math/max 2.5 1)) (newline)
;; expect: 2.5
(write Integer/MAX_VALUE) (newline)
;; expect: 2147483647
(write (.toUpperCase "abc")) (newline)
;; expect: "ABC"
(write (string? (.substring "hello" 1 3))) (newline)
;; expect: #t
(write (.substring "hello" 1 3)) (newline)
;; expect: "el"
(define l (java.util.ArrayList. 10))
(.add l "x")
(.add l 42)
(write (list (.size l) (.get l 0) (.get l 1))) (newline)
;; expect: (2 "x" 42)
(define m (HashMap.))
(.put m "k" 'v)
(write (.get m "k")) (newline)
;; expect: v
(write (.get m "absent")) (newline)
;; expect: #!void
(define a (ArrayList.))
(write (java-instance? 'java.util.List a)) (newline)
;; expect: #t
(define p (Point. 3 4))
(write (list (.-x p) (.-y p))) (newline)
;; expect: (3 4)
(java-field-set! p 'x 10)
(write (.-x p)) (newline)
;; expect: 10
(write (String/valueOf #\a)) (newline)
;; expect: "a"
(write (String/format "%s-%d" "a" 5)) (newline)
;; expect: "a-5"
(write (Long/parseLong "123456789012")) (newline)
;; expect: 123456789012
(write (.equals (java.math.BigInteger. "123456789012345678901234567890") 123456789012345678901234567890)) (newline)
;; expect: #t
(write (.multiply (java.math.BigInteger. "100000000000000000000") 3)) (newline)
;; expect: 300000000000000000000
;; A BigInteger that fits in a long comes back as an ordinary exact integer, whose class is Long.
(write (.getName (.getClass (java.math.BigInteger. "12")))) (newline)
;; expect: "java.lang.Long"
(write (Character/isDigit #\7)) (newline)
;; expect: #t
(write (call/cc (lambda (k) (k 'call/cc-still-scheme)))) (newline)
;; expect: call/cc-still-scheme
