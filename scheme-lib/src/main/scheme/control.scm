;;; Control: multiple values, dynamic-wind, continuations' dynamic-wind transitions,
;;; exceptions, parameters, promises and exit. The runtime keeps the dynamic environment
;;; (winders, handlers, parameter bindings) in one immutable record per thread; these
;;; procedures install and restore its parts, and a continuation restores all of it.

(define (call-with-values producer consumer)
  (let ((v (producer)))
    (if (%values? v)
        (apply consumer (%values->list v))
        (consumer v))))

;; A winder is (before . after); the list is innermost first.
(define (dynamic-wind before thunk after)
  (before)
  (let ((outer (%dyn-winders)))
    (%set-dyn-winders! (cons (cons before after) outer))
    (let ((v (thunk)))
      (%set-dyn-winders! outer)
      (after)
      v)))

(define (%common-tail a b)
  (let ((la (length a)) (lb (length b)))
    (let loop ((a (if (> la lb) (list-tail a (- la lb)) a))
               (b (if (> lb la) (list-tail b (- lb la)) b)))
      (if (eq? a b) a (loop (cdr a) (cdr b))))))

;; Leaves the extents in `from` that are not in `to` (afters, innermost first), then
;; enters those of `to` (befores, outermost first). Each thunk runs with the winders of
;; its own extent's outside.
(define (%do-winds from to)
  (let ((common (%common-tail from to)))
    (let unwind ((l from))
      (if (not (eq? l common))
          (begin (%set-dyn-winders! (cdr l))
                 ((cdr (car l)))
                 (unwind (cdr l)))))
    (let rewind ((l to))
      (if (not (eq? l common))
          (begin (rewind (cdr l))
                 ((car (car l)))
                 (%set-dyn-winders! l))))))

;; Called by a continuation whose winders differ from the current ones.
(define (%continuation-rewind k v)
  (%do-winds (%dyn-winders) (%continuation-winders k))
  (%continuation-abort k v))

;;; Exceptions (R7RS): handlers are a stack in the dynamic environment; a handler runs
;;; with the handlers outside it installed.

(define (with-exception-handler handler thunk)
  (if (not (procedure? handler))
      (error "with-exception-handler: expected a procedure, got" handler))
  (let ((outer (%dyn-handlers)))
    (%set-dyn-handlers! (cons handler outer))
    (let ((v (thunk)))
      (%set-dyn-handlers! outer)
      v)))

(define (raise-continuable obj)
  (let ((handlers (%dyn-handlers)))
    (if (null? handlers)
        (%uncaught obj)
        (begin
          (%set-dyn-handlers! (cdr handlers))
          (let ((v ((car handlers) obj)))
            (%set-dyn-handlers! handlers)
            v)))))

;; The runtime calls this at the trampoline base for raise and for errors signalled by
;; primitives, with the full continuation of the raise.
(define (%raise-dispatch obj)
  (let ((handlers (%dyn-handlers)))
    (if (null? handlers)
        (%uncaught obj)
        (begin
          (%set-dyn-handlers! (cdr handlers))
          ((car handlers) obj)
          (error "exception handler returned from a non-continuable exception:" obj)))))

;; (guard (var clause ...) body ...) expands to (%guard body-thunk handler) where the
;; handler takes the condition and a thunk that re-raises it in the raise's dynamic
;; environment (R7RS's reference implementation).
(define (%guard body handler)
  ((call/cc
    (lambda (guard-k)
      (with-exception-handler
       (lambda (condition)
         ((call/cc
           (lambda (handler-k)
             (guard-k
              (lambda ()
                (handler condition
                         (lambda ()
                           (handler-k (lambda () (raise-continuable condition)))))))))))
       (lambda ()
         (call-with-values body
           (lambda args (guard-k (lambda () (apply values args)))))))))))

;; Gambit's: the handler's value is the value of the whole form.
(define (with-exception-catcher handler thunk)
  ((call/cc
    (lambda (k)
      (with-exception-handler
       (lambda (e) (k (lambda () (handler e))))
       (lambda ()
         (call-with-values thunk
           (lambda args (k (lambda () (apply values args)))))))))))

;;; Parameters: a parameterize binding is (parameter . box) in the dynamic environment.

(define (make-parameter value . converter)
  (let ((conv (if (pair? converter) (car converter) #f)))
    (%make-parameter (if conv (conv value) value) conv)))

(define (%parameterize params values thunk)
  (let ((outer (%dyn-parameters)))
    (let loop ((ps params) (vs values) (bindings outer))
      (if (null? ps)
          (begin
            (%set-dyn-parameters! bindings)
            (let ((v (thunk)))
              (%set-dyn-parameters! outer)
              v))
          (let* ((p (car ps))
                 (conv (%parameter-converter p))
                 (v (if conv (conv (car vs)) (car vs))))
            (loop (cdr ps) (cdr vs) (cons (cons p (%make-box v)) bindings)))))))

;;; Promises (R7RS's iterative force, so delay-force chains run in constant space).

(define (force promise)
  (if (promise? promise)
      (let loop ()
        (if (%promise-done? promise)
            (%promise-value promise)
            (let ((next ((%promise-value promise))))
              (if (not (%promise-done? promise))
                  (%promise-update! next promise))
              (loop))))
      promise))

;;; Leaving the program: pending dynamic-wind exits run first.

(define (exit . code)
  (%do-winds (%dyn-winders) '())
  (%exit (if (pair? code) (car code) 0)))
