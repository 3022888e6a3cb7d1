;; Reader literal syntax: characters by name and hex, string escapes (including line continuations),
;; numbers in radixes and with exactness prefixes, and datum labels in quoted data.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(show #\x #\X #\( #\space #\x20 #\x3BB #\linefeed #\nul #\A)
;; expect: #\x #\X #\( #\space #\space #\λ #\newline #\null #\A
(show "tab\there" "nl\nx" "quote\"q" "back\\slash" "hex\x41;\x3bb;" (map char->integer (string->list "\a\b")) "null\x0;")
;; expect: "tab\there" "nl\nx" "quote\"q" "back\\slash" "hexAλ" (7 8) "null\x0;"
(show (string-length "a\
          b") "line1\
   line2")
;; expect: 2 "line1line2"
(show (string-length "\x1F600;") (char->integer (string-ref "\t" 0)) (char->integer (string-ref "\r" 0)))
;; expect: 1 9 13
(show #xff #XFF #b1010 #o777 #d10 #x-1a #e1.25 #i1/4 #x1/2 1e2 -0.5 +7 .25)
;; expect: 255 255 10 511 10 -26 5/4 0.25 1/2 100.0 -0.5 7 0.25
(show #e#x10 #x#e10 #i#b101)
;; expect: 16 16 5.0
(show '#0=(a b) '(#1=(x) #1# #1#) (let ((v '#2=#(1 #2#))) (eq? v (vector-ref v 1))))
;; expect: (a b) ((x) (x) (x)) #t
(define circ '#3=(1 2 . #3#))
(show (car circ) (cadr circ) (caddr circ) (eq? circ (cddr circ)))
;; expect: 1 2 1 #t
(define shared '(#4="str" #4# #5=#u8(1) #5#))
(show (eq? (car shared) (cadr shared)) (eq? (caddr shared) (cadddr shared)))
;; expect: #t #t
(show (- 1/2 0.5) 123456789012345678901234567890 -0 +inf.0 -inf.0)
;; expect: 0.0 123456789012345678901234567890 0 +inf.0 -inf.0
(show '... '+ '- '->x '.foo '|a\|b| (string->symbol "with space"))
;; expect: ... + - ->x .foo |a\|b| |with space|
