;; An uncaught error in a process ends that process only and is logged with its name; a
;; receive timeout without a default in the program's first process ends the program.
(define me (self))
(define worker (spawn (process-name-set! (self) 'worker) (recv ('go (car '())))))
(define ref (monitor worker))
(! worker 'go)
(display (recv (('DOWN ,ref _ reason) reason))) (newline)
(display 'program-continues) (newline)
(? 0.05)
(display 'not-reached) (newline)
;; expect: failure
;; expect: program-continues
;; error: error in #<process [0-9]+ worker>: car: expected a pair
;; error: receive timeout
