;; A written record shows its type name; records may hold any values including other records.
(define-record-type person (make-person name age) person? (name person-name) (age person-age))
(define-record-type <wrapper> (wrap v) wrapper? (v unwrap))
(define bob (make-person "Bob" 42))
(define w (wrap bob))
(write (person-name (unwrap w))) (newline)
;; expect: "Bob"
(define s (call-with-output-string (lambda (p) (write bob p))))
(write (and (> (string-length s) 2) (char=? (string-ref s 0) #\#))) (newline)
;; expect: #t
(define (contains? str sub)
  (let loop ((i 0))
    (cond ((> (+ i (string-length sub)) (string-length str)) #f)
          ((string=? (substring str i (+ i (string-length sub))) sub) #t)
          (else (loop (+ i 1))))))
(write (contains? s "person")) (newline)
;; expect: #t
(write (contains? (call-with-output-string (lambda (p) (display w p))) "wrapper")) (newline)
;; expect: #t
