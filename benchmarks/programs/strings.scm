;;; strings: builds strings with string-append and number->string, takes them apart with
;;; string->list, changes case character by character and puts them back with list->string.

(define (shout s)
  (list->string (map char-upcase (reverse (string->list s)))))

(define (checksum s)
  (let loop ((i 0) (acc 0))
    (if (= i (string-length s))
        acc
        (loop (+ i 1) (remainder (+ (* acc 31) (char->integer (string-ref s i))) 1000003)))))

(define (string-work n)
  (let loop ((i 0) (acc 0))
    (if (= i n)
        acc
        (let* ((s (string-append "item-" (number->string i) ": " (make-string (remainder i 17) #\x)
                                 " of " (number->string n)))
               (t (shout s)))
          (loop (+ i 1)
                (remainder (+ acc (checksum t) (string-length (string-append s t))) 1000003))))))

(run-benchmark "strings" (lambda () (string-work 500000)))
