;; Code update: a long-running process moves to new code and keeps its state, as Erlang's code change does.
;;
;; Version 1 of a counter server runs. Version 2 of its loop is compiled while it runs; the server is sent the
;; new loop in a message and calls it, in tail position, with its count: from then on it runs version 2, and
;; version 1's code is no longer on its stack. Here version 2 is compiled by eval; between nodes it would come
;; in a message from a node that runs the new version of the module, whose code the receiving node fetches,
;; and both versions can run side by side there (see README, "Code that travels").

(define (counter-v1 count)
  (recv ((from 'get) (! from (list 'version-1 'count count)) (counter-v1 count))
        ('bump (counter-v1 (+ count 1)))
        (('upgrade new-loop) (new-loop count))))

(define (ask server)
  (! server (list (self) 'get))
  (write (?))
  (newline))

(define server (spawn (lambda () (counter-v1 0))))
(! server 'bump)
(! server 'bump)
(ask server)

;; the new version: bumps by ten, and says more
(define counter-v2
  (eval '(lambda (count)
           (let loop ((count count))
             (recv ((from 'get) (! from (list 'version-2 'count count 'doubled (* 2 count))) (loop count))
                   ('bump (loop (+ count 10)))
                   (('upgrade new-loop) (new-loop count)))))
        (interaction-environment)))

(! server (list 'upgrade counter-v2))
(ask server)
(! server 'bump)
(ask server)
