;; The event manager: adding and removing handlers, notify, sync-notify, calls to a
;; handler, a failing handler removed while the others go on, stop.
(define me (self))
(define (message-of thunk)
  (guard (e ((error-object? e) (error-object-message e))) (thunk)))

;; keeps the events it has seen; answers get and count calls; reports its terminate
(define recorder
  (make-event-handler
   (lambda (args) (if (pair? args) (car args) '()))
   (lambda (event seen) (cons event seen))
   (lambda (request seen)
     (case request
       ((get) (values (reverse seen) seen))
       ((clear) (values (length seen) '()))))
   (lambda (reason seen) (! me (list 'recorder-terminated reason)))))
(define counter (make-simple-event-handler (lambda (event n) (+ n 1)) 0))
(define fragile
  (make-event-handler
   (lambda (args) 'ok)
   (lambda (event state) (if (eq? event 'poison) (car '()) state))
   #f
   (lambda (reason state) (! me (list 'fragile-terminated (error-object? reason))))))

(define em (event-manager:start name: 'events recorder))
(display (process-name em)) (newline)
;; expect: events
(event-manager:add-handler em counter)
(event-manager:add-handler em fragile)
(display (length (event-manager:which-handlers em))) (newline)
;; expect: 3
(display (message-of (lambda () (event-manager:add-handler em counter)))) (newline)
;; expect: event-manager:add-handler: the handler is already installed

;; notify is asynchronous; a call made after it sees its effect (one sender, in order)
(event-manager:notify em 'a)
(event-manager:notify em 'b)
(display (event-manager:call em recorder 'get)) (newline)
;; expect: (a b)
(display (event-manager:sync-notify em 'c)) (newline)
;; expect: #t

;; a handler that fails is removed; the others and the manager carry on
(event-manager:sync-notify em 'poison)
(display (?)) (newline)
;; expect: (fragile-terminated #t)
(display (list (length (event-manager:which-handlers em))
               (memq fragile (event-manager:which-handlers em))))
(newline)
;; expect: (2 #f)
(event-manager:notify em 'd)
(display (event-manager:call em recorder 'get)) (newline)
;; expect: (a b c poison d)
(display (event-manager:call em recorder 'clear)) (newline)
;; expect: 5

;; calls to a handler without a call procedure, or not installed
(display (message-of (lambda () (event-manager:call em counter 'x)))) (newline)
;; expect: event-manager:call: the handler takes no calls
(display (message-of (lambda () (event-manager:call em fragile 'x)))) (newline)
;; expect: event-manager:call: the handler is not installed

;; add-handler passes its extra arguments to init; a failing init adds nothing
(define second (make-event-handler (lambda (args) args) (lambda (e s) (cons e s)) (lambda (r s) (values s s))))
(event-manager:add-handler em second 'x 'y)
(event-manager:notify em 'z)
(display (event-manager:call em second 'state)) (newline)
;; expect: (z x y)
(define broken (make-event-handler (lambda (args) (error "init fails")) (lambda (e s) s)))
(display (message-of (lambda () (event-manager:add-handler em broken)))) (newline)
;; expect: event-manager:add-handler: the handler's init failed:

;; remove-handler runs terminate; removing twice says #f
(display (event-manager:remove-handler em recorder)) (newline)
(display (?)) (newline)
(display (event-manager:remove-handler em recorder)) (newline)
;; expect: #t
;; expect: (recorder-terminated remove)
;; expect: #f

;; many notifications from many processes all arrive
(define tally (make-event-handler (lambda (args) 0) (lambda (event n) (+ n event)) (lambda (r n) (values n n))))
(define em2 (event-manager:start tally))
(for-each (lambda (i) (spawn (let loop ((k 0)) (if (< k 100) (begin (event-manager:notify em2 1) (loop (+ k 1))) (! me 'sent)))))
          (iota 10))
(let loop ((i 0)) (if (< i 10) (begin (recv ('sent #t)) (loop (+ i 1)))))
(display (event-manager:call em2 tally 'sum)) (newline)
;; expect: 1000

;; stop runs each remaining handler's terminate
(define em3 (event-manager:start recorder))
(event-manager:stop em3)
(display (list (?) (process-alive? em3))) (newline)
;; expect: ((recorder-terminated stop) #f)
(event-manager:stop em)
(event-manager:stop em2)
(display (? 0.1 'quiet)) (newline)
;; expect: quiet
