;; Termite's one-way links: inbound-link (its failure reaches me), outbound-link (mine
;; reaches it), full-link (both).
(define me (self))
(process-trap-exit! #t)

(define (worker) (spawn (lambda () (recv ('fail (car '())) ('stop 'done)))))

;; inbound: the worker's failure reaches us
(define a (worker))
(inbound-link a)
(! a 'fail)
(display (termite-exception-reason (? 5 'none))) (newline)
;; expect: failure

;; outbound only: the worker's failure does not reach us
(define b (worker))
(outbound-link b)
(! b 'fail)
(display (? 0.3 'nothing)) (newline)
;; expect: nothing

;; outbound: our failure reaches the other process
(define listener (spawn (lambda () (process-trap-exit! #t) (! me 'ready)
                          (! me (list 'heard (termite-exception-reason (? 5 'none)))))))
(? 5) ; the listener traps exits now
(define middle (spawn (lambda () (outbound-link listener) (! me 'linked) (? 5) (error "middle fails"))))
(? 5)
(! middle 'go)
(display (? 5)) (newline)
;; expect: (heard failure)

;; full-link: both ways
(define c (worker))
(full-link c)
(! c 'fail)
(display (termite#termite-exception? (? 5 'none))) (newline)
;; expect: #t

;; a link to a process that already failed is reported at once
(define d (worker))
(define ref (monitor d))
(! d 'fail)
(recv (('DOWN ,ref _ _) #t))
(? 0.2 #f) ; nothing else is pending
(inbound-link d)
(display (termite-exception-reason (? 5 'none))) (newline)
;; expect: failure

(define (show-error thunk)
  (display (with-exception-catcher error-object-message thunk)) (newline))
(show-error (lambda () (inbound-link 5)))
;; expect: inbound-link: expected a process, got
(show-error (lambda () (outbound-link "p")))
;; expect: outbound-link: expected a process, got
(show-error (lambda () (full-link #f)))
;; expect: full-link: expected a process, got
