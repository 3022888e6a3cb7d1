;; Bouncing threads, on one node: each ball is a process that knows only its own room, position and
;; speed. Rooms sit side by side; a ball that reaches a wall with a room behind it passes into that room
;; (in Termite's demo the rooms were windows on different nodes and the balls migrated between them),
;; and one that reaches an outer wall bounces back. The main process is the screen: every tick it asks
;; each ball where it is now and draws one line.

(define room-width 8)
(define room-count 2)

(define (make-ball name room x dx)
  (spawn
    (let loop ((room room) (x x) (dx dx))
      (recv
        ((from tag 'step)
         (let* ((next (+ x dx))
                (next-room (cond ((< next 0) (- room 1))
                                 ((>= next room-width) (+ room 1))
                                 (else room))))
           (cond ((= next-room room)
                  (! from (list tag (list name room next)))
                  (loop room next dx))
                 ((and (>= next-room 0) (< next-room room-count))
                  ;; Through the wall into the next room, entering at its near side.
                  (let ((entry (if (< next 0) (- room-width 1) 0)))
                    (! from (list tag (list name next-room entry)))
                    (loop next-room entry dx)))
                 (else
                  ;; An outer wall: bounce.
                  (let ((back (- x dx)))
                    (! from (list tag (list name room back)))
                    (loop room back (- dx)))))))))))

(define balls
  (list (make-ball "a" 0 0 1)
        (make-ball "b" 1 5 -1)
        (make-ball "c" 0 6 2)))

;; One line of the screen: each room between bars, each ball drawn at its place.
(define (draw positions)
  (let ((screen (make-vector room-count #f)))
    (do ((r 0 (+ r 1))) ((= r room-count))
      (vector-set! screen r (make-string room-width #\.)))
    (for-each (lambda (p)
                (let ((name (car p)) (room (cadr p)) (x (caddr p)))
                  (string-set! (vector-ref screen room) x (string-ref name 0))))
              positions)
    (display "|")
    (do ((r 0 (+ r 1))) ((= r room-count))
      (display (vector-ref screen r))
      (display "|"))
    (newline)))

(do ((tick 0 (+ tick 1))) ((= tick 12))
  (draw (map (lambda (ball) (!? ball 'step)) balls)))
