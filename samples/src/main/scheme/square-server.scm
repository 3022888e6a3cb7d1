;; A server process, as in Termite's presentation: it receives requests, matches them against patterns,
;; and answers the process that asked. Three ways to talk to it, each safer than the one before.

;; 1. A plain request: (from x). The reply is the next message the client receives.
(define square-server
  (spawn
    (let loop ()
      (recv
        ((from x)
         (! from (* x x))))
      (loop))))

(! square-server (list (self) 5))
(display (?)) (newline)

;; 2. Tags: each request carries a fresh tag that its reply repeats, so a client with several requests
;;    in flight takes each reply by its tag, whatever order they arrive in.
(define tagged-square-server
  (spawn
    (let loop ()
      (recv
        ((from tag x)
         (! from (list tag (* x x)))))
      (loop))))

(let ((tags (map (lambda (x)
                   (let ((tag (make-tag)))
                     (! tagged-square-server (list (self) tag x))
                     tag))
                 '(1 2 3 4))))
  ;; Receive the replies in the reverse order of the requests: ,tag matches only that tag.
  (display (map (lambda (tag) (recv ((,tag reply) reply))) (reverse tags)))
  (newline))

;; 3. !? does the tag dance for us: send (self tag message), wait for (tag reply).
(display (!? tagged-square-server 12)) (newline)

;; A timeout, with a default value, for a server that never answers.
(define silent (spawn (let loop () (?) (loop))))
(display (!? silent 'anyone-there? 0.1 'no-answer)) (newline)
