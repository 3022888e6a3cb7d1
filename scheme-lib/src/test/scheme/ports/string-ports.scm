;; String ports: reading characters, lines, strings and data; writing and collecting output.
(define (show x . xs) (write x) (for-each (lambda (x) (display " ") (write x)) xs) (newline))
(define in (open-input-string "ab\ncd\n\nlast"))
(show (peek-char in) (read-char in) (read-char in) (read-line in) (read-line in) (read-line in) (read-line in) (read-line in))
;; expect: #\a #\a #\b "" "cd" "" "last" #!eof
(show (eof-object? (read-char in)) (eof-object? (peek-char in)) (eof-object) (eof-object? (eof-object)))
;; expect: #t #t #!eof #t
(define in2 (open-input-string "hello world"))
(show (read-string 5 in2) (read-string 0 in2) (read-string 100 in2) (read-string 3 in2))
;; expect: "hello" "" " world" #!eof
(define in3 (open-input-string "(a . b) 42 \"s\" #(1 2) #\\x foo ; comment\n 1.5"))
(show (read in3) (read in3) (read in3) (read in3) (read in3) (read in3) (read in3) (read in3))
;; expect: (a . b) 42 "s" #(1 2) #\x foo 1.5 #!eof
(define out (open-output-string))
(write 'sym out)
(write-char #\space out)
(write "q\"s" out)
(write-string " tail" out)
(display 3.5 out)
(newline out)
(show (get-output-string out))
;; expect: "sym \"q\\\"s\" tail3.5\n"
;; get-output-string does not reset the port.
(write-string "more" out 1 3)
(show (get-output-string out))
;; expect: "sym \"q\\\"s\" tail3.5\nor"
(show (call-with-output-string (lambda (p) (write '(1 "two") p))) (with-output-to-string (lambda () (display "inner"))))
;; expect: "(1 \"two\")" "inner"
(show (with-input-from-string "7 8" (lambda () (+ (read) (read)))) (call-with-input-string "xyz" read-char))
;; expect: 15 #\x
(show (input-port? in) (output-port? out) (textual-port? in) (binary-port? in) (port? out) (input-port-open? in))
;; expect: #t #t #t #f #t #t
(close-port in)
(show (input-port-open? in))
;; expect: #f
(show (guard (e (#t 'closed-error)) (read-char in)))
;; expect: closed-error
(show (char-ready? (open-input-string "x")))
;; expect: #t
;; Parameterizing current-output-port redirects display.
(define o2 (open-output-string))
(parameterize ((current-output-port o2)) (display "captured") (write-char #\!))
(show (get-output-string o2))
;; expect: "captured!"
