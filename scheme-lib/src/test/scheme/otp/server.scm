;; The generic server: start, call, cast, info messages, stop, names, deferred replies,
;; stopping from a handler, call timeouts.
(define me (self))

;; a counter: init takes the start value; terminate reports to whoever asked to be told
(define observer #f)
(define counter
  (make-server-plugin
   (lambda (start) start)
   (lambda (request n)
     (case (car request)
       ((get) (values n n))
       ((add) (let ((m (+ n (cadr request)))) (values m m)))
       ((slow) (thread-sleep! (cadr request)) (values 'slow-reply n))
       ((finish) (values 'finishing n 'normal))))
   (lambda (message n)
     (case (car message)
       ((add) (+ n (cadr message)))
       ((quit) (values n 'normal))
       (else n)))
   (lambda (reason n)
     (if observer (! observer (list 'terminated reason n))))
   (lambda (message n)
     (if observer (! observer (list 'info message)))
     n)))

(define s (server:start counter 10))
(display (process? s)) (newline)
;; expect: #t
(display (server:call s '(get))) (newline)
;; expect: 10
(display (server:call s '(add 5))) (newline)
;; expect: 15
(server:cast s '(add 100))
(display (server:call s '(get))) (newline)
;; expect: 115

;; other messages go to the info procedure
(set! observer me)
(spawn (server:cast s '(ignored)))
(! s 'hello)
(display (?)) (newline)
;; expect: (info hello)

;; stop runs terminate with the reason, and returns once the server has exited
(server:stop s)
(display (list (?) (process-alive? s))) (newline)
;; expect: ((terminated normal 115) #f)

;; a name
(define named (server:start counter 0 name: 'counter))
(display (process-name named)) (newline)
;; expect: counter

;; a call handler that returns a third value replies, then stops
(display (server:call named '(finish))) (newline)
;; expect: finishing
(display (?)) (newline)
;; expect: (terminated normal 0)

;; a cast handler that returns a second value stops
(define quitter (server:start counter 3))
(define quitter-ref (monitor quitter))
(server:cast quitter '(quit))
(display (list (?) (recv (('DOWN ,quitter-ref _ reason) reason)))) (newline)
;; expect: ((terminated normal 3) normal)
(set! observer #f)

;; a call that takes longer than its timeout: with a default, the default; without, an error
(define slow (server:start counter 0))
(display (server:call slow '(slow 0.3) 0.05 'too-slow)) (newline)
;; expect: too-slow
(display (guard (e ((error-object? e) (error-object-message e))) (server:call slow '(slow 0.3) 0.05))) (newline)
;; expect: server:call: timeout waiting for the server:
(display (server:call slow '(slow 0.01) 'infinity)) (newline)
;; expect: slow-reply
;; the replies that came too late arrive later as (tag reply) messages
(display (list (recv ((tag 'slow-reply) (tag? tag))) (recv ((tag 'slow-reply) (tag? tag))))) (newline)
;; expect: (#t #t)

;; many clients at once
(define shared (server:start counter 0))
(for-each (lambda (i) (spawn (let loop ((k 0)) (if (< k 50) (begin (server:call shared '(add 1)) (loop (+ k 1))) (! me 'client-done)))))
          (iota 20))
(let loop ((i 0)) (if (< i 20) (begin (recv ('client-done #t)) (loop (+ i 1)))))
(display (server:call shared '(get))) (newline)
;; expect: 1000

;; a deferred reply: the handler keeps the caller and answers when the value is there
(define queue
  (make-server-plugin
   (lambda (args) (cons '() '()))          ; (items . waiting callers)
   (lambda (request state)
     (cond ((pair? (car state))
            (values (car (car state)) (cons (cdr (car state)) (cdr state))))
           (else
            (values server:no-reply (cons '() (append (cdr state) (list (server:caller))))))))
   (lambda (item state)
     (if (pair? (cdr state))
         (begin (server:reply (car (cdr state)) item)
                (cons (car state) (cdr (cdr state))))
         (cons (append (car state) (list item)) (cdr state))))
   (lambda (reason state) #f)))
(define q (server:start queue #f))
(spawn (! me (list 'took (server:call q 'take))))
(thread-sleep! 0.05)
(server:cast q 'apple)
(display (?)) (newline)
;; expect: (took apple)
(server:cast q 'pear)
(display (server:call q 'take)) (newline)
;; expect: pear

;; server:caller outside a call handler is an error
(display (guard (e ((error-object? e) (error-object-message e))) (server:caller))) (newline)
;; expect: server:caller: not inside a call handler

;; nothing is left behind in this process's mailbox
(display (? 0.1 'mailbox-empty)) (newline)
;; expect: mailbox-empty
