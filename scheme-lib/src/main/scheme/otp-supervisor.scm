;;; The supervisor, after Erlang's: a generic server that starts child processes from
;;; child specs, watches them, and restarts them when they exit.
;;;
;;; It traps exits and both links and monitors each child: the monitor's DOWN message says
;;; how the child ended (normal, failure, terminated), the link makes the children die
;;; with the supervisor. A start thunk runs in the supervisor and returns the child's pid;
;;; it should create the child linked (spawn-link, server:start-link), so that an
;;; abnormal exit is seen even when the child dies before the supervisor monitors it.
;;;
;;; Strategies: one-for-one restarts the child that exited; one-for-all stops the others
;;; and restarts them all; rest-for-one restarts the child and those started after it.
;;; Restart policies: permanent (always restarted), transient (restarted after an
;;; abnormal exit), temporary (never restarted, forgotten when it exits). More than
;;; `intensity` restarts within `period` seconds and the supervisor stops its children
;;; and exits abnormally, so that its own supervisor can act.

(define-record-type child-spec
  (%make-child-spec id start restart shutdown)
  child-spec?
  (id child-spec-id)
  (start child-spec-start)
  (restart child-spec-restart)
  (shutdown child-spec-shutdown))

;; shutdown: #f to stop the child with terminate!, or seconds to ask it to stop as a
;; generic server first (so its terminate runs), then terminate! it if it takes longer.
(define (make-child-spec id start #!key (restart 'permanent) (shutdown #f))
  (%check-procedure "make-child-spec" start)
  (if (not (memq restart '(permanent transient temporary)))
      (error "make-child-spec: restart must be permanent, transient or temporary, got" restart))
  (if (not (or (not shutdown) (and (real? shutdown) (>= shutdown 0))))
      (error "make-child-spec: shutdown must be #f or seconds, got" shutdown))
  (%make-child-spec id start restart shutdown))

;; A running (or stopped) child in the supervisor: its spec, pid and monitor reference.
(define-record-type %child
  (%make-child spec pid ref)
  %child?
  (spec %child-spec)
  (pid %child-pid %child-pid-set!)
  (ref %child-ref %child-ref-set!))

(define (%child-id c) (child-spec-id (%child-spec c)))

(define-record-type %sup
  (%make-sup strategy intensity period children restarts)
  %sup?
  (strategy %sup-strategy)
  (intensity %sup-intensity)
  (period %sup-period)
  (children %sup-children %sup-children-set!)
  (restarts %sup-restarts %sup-restarts-set!))

;; A child whose start failed, retried through the mailbox so that other requests are
;; served between attempts.
(define-record-type %sup-retry
  (%make-sup-retry id)
  %sup-retry?
  (id %sup-retry-id))

(define (supervisor:start specs #!key (strategy 'one-for-one) (intensity 1) (period 5) (name #f))
  (server:start %supervisor-plugin (list specs strategy intensity period) name: name))

(define (supervisor:start-link specs #!key (strategy 'one-for-one) (intensity 1) (period 5) (name #f))
  (server:start-link %supervisor-plugin (list specs strategy intensity period) name: name))

(define (supervisor:stop sup #!optional (timeout 10))
  (server:stop sup 'shutdown timeout))

;;; Init: starts the children in order; if one fails, stops those already started and
;;; fails, so that supervisor:start raises in its caller.

(define (%sup-init args)
  (let ((specs (car args)) (strategy (cadr args)) (intensity (caddr args)) (period (cadddr args)))
    (if (not (memq strategy '(one-for-one one-for-all rest-for-one)))
        (error "supervisor:start: strategy must be one-for-one, one-for-all or rest-for-one, got" strategy))
    (if (not (and (exact-integer? intensity) (>= intensity 0)))
        (error "supervisor:start: intensity must be a count, got" intensity))
    (if (not (and (real? period) (> period 0)))
        (error "supervisor:start: period must be a number of seconds, got" period))
    (let loop ((l specs) (ids '()))
      (if (pair? l)
          (begin
            (if (not (child-spec? (car l))) (error "supervisor:start: expected a child spec, got" (car l)))
            (if (member (child-spec-id (car l)) ids)
                (error "supervisor:start: two children have the id" (child-spec-id (car l))))
            (loop (cdr l) (cons (child-spec-id (car l)) ids)))))
    (process-trap-exit! #t)
    (let ((sup (%make-sup strategy intensity period
                          (%map1 (lambda (s) (%make-child s #f #f)) specs) '())))
      (let loop ((l (%sup-children sup)))
        (if (pair? l)
            (let ((failure (%start-child! (car l))))
              (if failure
                  (begin (%stop-children! (%sup-children sup))
                         (apply error (%start-failure (%child-id (car l)) failure)))
                  (loop (cdr l))))))
      sup)))

;; Starts a child: #f on success, else a list holding what its start raised or returned.
(define (%start-child! c)
  (let ((result (with-exception-catcher
                 (lambda (e) (list %start-failed e))
                 (child-spec-start (%child-spec c)))))
    (cond ((and (pair? result) (eq? (car result) %start-failed)) (cdr result))
          ((not (process? result)) (list result))
          (else
           (link! result)
           (%child-pid-set! c result)
           (%child-ref-set! c (monitor result))
           #f))))

(define %start-failed (list 'start-failed))

;; The message and irritants of the error for a child that failed to start.
(define (%start-failure id failure)
  (let ((why (car failure)))
    (if (error-object? why)
        (list "supervisor: a child failed to start:" id (error-object-message why))
        (list "supervisor: a child failed to start:" id why))))

;; Stops children, the last started first.
(define (%stop-children! children)
  (%for-each1 %stop-child! (reverse children)))

(define (%stop-child! c)
  (let ((pid (%child-pid c)) (ref (%child-ref c)) (seconds (child-spec-shutdown (%child-spec c))))
    (if pid
        (begin
          (%child-pid-set! c #f)
          (%child-ref-set! c #f)
          (if (not (and seconds
                        (begin (! pid (%make-server-message 'stop #f #f 'shutdown))
                               (%await-down ref seconds))))
              (begin (terminate! pid)
                     (%await-down ref 5)))))))

(define (%await-down ref seconds)
  (%receive (lambda (m) (%down-of? m ref)) seconds (lambda () #f)))

;;; Exits of children.

(define (%sup-info msg sup)
  (cond ((and (pair? msg) (eq? (car msg) 'DOWN) (pair? (cdr msg)) (%down-of? msg (cadr msg)))
         (let ((c (%find-child sup (lambda (c) (equal? (%child-ref c) (cadr msg))))))
           (if c (%child-exited sup c (%exit-reason (caddr msg) (cadddr msg))) sup)))
        ((termite-exception? msg)
         (let ((c (%find-child sup (lambda (c) (equal? (%child-pid c) (termite-exception-origin msg))))))
           (if c
               (begin (demonitor (%child-ref c))
                      (%child-exited sup c (termite-exception-reason msg)))
               sup)))
        ((%sup-retry? msg)
         (let ((c (%find-child sup (lambda (c) (equal? (%child-id c) (%sup-retry-id msg))))))
           (cond ((or (not c) (%child-pid c)) sup)
                 ((%too-many-restarts? sup) (%give-up sup c))
                 (else (%start-or-retry! c) sup))))
        (else sup)))

;; A DOWN saying noproc means the child ended before it was monitored. If it was linked,
;; an abnormal end also sends an exit message, which may still be on its way.
(define (%exit-reason pid reason)
  (if (eq? reason 'noproc)
      (%receive (lambda (m)
                  (and (termite-exception? m) (equal? (termite-exception-origin m) pid)
                       (termite-exception-reason m)))
                0.5
                (lambda () 'normal))
      reason))

(define (%child-exited sup c reason)
  (%child-pid-set! c #f)
  (%child-ref-set! c #f)
  (case (child-spec-restart (%child-spec c))
    ((permanent) (%restart sup c))
    ((transient) (if (eq? reason 'normal) sup (%restart sup c)))
    (else (%forget-child! sup c) sup)))

(define (%forget-child! sup c)
  (%sup-children-set! sup (%remove1 (lambda (x) (eq? x c)) (%sup-children sup))))

;; Restarts after the exit of c, as the strategy says: c, and with one-for-all the other
;; running children, with rest-for-one the running children started after c. Gives up
;; when restarts are too many.
(define (%restart sup c)
  (if (%too-many-restarts? sup)
      (%give-up sup c)
      (let ((affected (%filter1 (lambda (x) (or (eq? x c) (%child-pid x)))
                                (case (%sup-strategy sup)
                                  ((one-for-one) (list c))
                                  ((one-for-all) (%sup-children sup))
                                  (else (%from c (%sup-children sup)))))))
        (%stop-children! affected)
        (%for-each1 (lambda (x)
                      (if (and (not (eq? x c)) (eq? (child-spec-restart (%child-spec x)) 'temporary))
                          (%forget-child! sup x)
                          (%start-or-retry! x)))
                    affected)
        sup)))

(define (%start-or-retry! c)
  (if (%start-child! c)
      (! (self) (%make-sup-retry (%child-id c)))))

;; Stops the supervisor: its terminate stops the children, and the reason, not being
;; normal, makes its exit abnormal.
(define (%give-up sup c)
  (values sup (%error-object "supervisor: too many restarts; the last child to exit:" (%child-id c))))

(define (%too-many-restarts? sup)
  (let* ((now (%now))
         (recent (%filter1 (lambda (t) (< (- now t) (%sup-period sup))) (%sup-restarts sup))))
    (%sup-restarts-set! sup (cons now recent))
    (> (+ 1 (length recent)) (%sup-intensity sup))))

(define (%now) (/ (exact->inexact (current-jiffy)) (jiffies-per-second)))

(define (%from c children)
  (if (eq? (car children) c) children (%from c (cdr children))))

(define (%error-object message . irritants)
  (with-exception-catcher (lambda (e) e) (lambda () (apply error message irritants))))

(define (%sup-terminate reason sup)
  (%stop-children! (%sup-children sup)))

;;; Requests. Replies are (ok value) or (error message irritant ...): a bad request must
;;; not crash the supervisor, so the error is raised in the caller instead.

(define (%sup-call request sup)
  (let ((c (and (pair? (cdr request))
                (%find-child sup (lambda (c) (equal? (%child-id c) (cadr request)))))))
    (case (car request)
      ((which-children)
       (values (list 'ok (%map1 (lambda (c) (list (%child-id c) (%child-pid c))) (%sup-children sup))) sup))
      ((child-pid)
       (values (if c (list 'ok (%child-pid c)) (%no-child request)) sup))
      ((start-child)
       (let ((spec (cadr request)))
         (cond ((not (child-spec? spec))
                (values (list 'error "supervisor:start-child: expected a child spec, got" spec) sup))
               ((%find-child sup (lambda (c) (equal? (%child-id c) (child-spec-id spec))))
                (values (list 'error "supervisor:start-child: a child has the id" (child-spec-id spec)) sup))
               (else
                (let* ((c (%make-child spec #f #f))
                       (failure (%start-child! c)))
                  (if failure
                      (values (cons 'error (%start-failure (child-spec-id spec) failure)) sup)
                      (begin (%sup-children-set! sup (append (%sup-children sup) (list c)))
                             (values (list 'ok (%child-pid c)) sup))))))))
      ((terminate-child)
       (cond ((not c) (values (%no-child request) sup))
             (else (%stop-child! c)
                   (if (eq? (child-spec-restart (%child-spec c)) 'temporary) (%forget-child! sup c))
                   (values (list 'ok #t) sup))))
      ((restart-child)
       (cond ((not c) (values (%no-child request) sup))
             ((%child-pid c) (values (list 'error "supervisor:restart-child: the child is running:" (cadr request)) sup))
             (else (let ((failure (%start-child! c)))
                     (values (if failure
                                 (cons 'error (%start-failure (cadr request) failure))
                                 (list 'ok (%child-pid c)))
                             sup)))))
      ((delete-child)
       (cond ((not c) (values (%no-child request) sup))
             ((%child-pid c) (values (list 'error "supervisor:delete-child: the child is running:" (cadr request)) sup))
             (else (%forget-child! sup c) (values (list 'ok #t) sup))))
      (else (values (list 'error "supervisor: unknown request" request) sup)))))

(define (%no-child request)
  (list 'error (string-append "supervisor:" (symbol->string (car request)) ": no child with the id") (cadr request)))

(define %supervisor-plugin
  (make-server-plugin %sup-init %sup-call (lambda (msg sup) sup) %sup-terminate %sup-info))

(define (%sup-request sup . request)
  (let ((reply (server:call sup request 'infinity)))
    (if (eq? (car reply) 'ok)
        (cadr reply)
        (apply error (cdr reply)))))

(define (supervisor:which-children sup) (%sup-request sup 'which-children))
(define (supervisor:child-pid sup id) (%sup-request sup 'child-pid id))
(define (supervisor:start-child sup spec) (%sup-request sup 'start-child spec))
(define (supervisor:terminate-child sup id) (%sup-request sup 'terminate-child id))
(define (supervisor:restart-child sup id) (%sup-request sup 'restart-child id))
(define (supervisor:delete-child sup id) (%sup-request sup 'delete-child id))

;;; List helpers of this library's own, so that a program's definitions of map, filter
;;; or remove do not change the supervisor.

(define (%find-child sup pred)
  (let loop ((l (%sup-children sup)))
    (cond ((null? l) #f) ((pred (car l)) (car l)) (else (loop (cdr l))))))

(define (%for-each1 f l)
  (if (pair? l) (begin (f (car l)) (%for-each1 f (cdr l)))))

(define (%map1 f l)
  (let loop ((l l) (acc '()))
    (if (pair? l) (loop (cdr l) (cons (f (car l)) acc)) (reverse acc))))

(define (%filter1 pred l)
  (let loop ((l l) (acc '()))
    (cond ((null? l) (reverse acc))
          ((pred (car l)) (loop (cdr l) (cons (car l) acc)))
          (else (loop (cdr l) acc)))))

(define (%remove1 pred l)
  (%filter1 (lambda (x) (not (pred x))) l))
