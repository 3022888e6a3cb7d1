;;; Termite's processes: the body of a process, and receiving. The runtime keeps each
;;; mailbox as a list of messages not yet received; a receive walks it with a cursor,
;;; taking the first message its matcher accepts and leaving the others in order. The
;;; matcher returns #f to reject a message, or a thunk: the clause body to run once the
;;; message is taken out.

;; A process runs its body; a body whose value is a procedure is a thunk to call.
(define (%process-entry thunk)
  (let ((v (thunk)))
    (if (procedure? v) (v) v)))

;; Scans from `cursor` (never rescanning rejected messages), waiting for new ones
;; until the deadline.
(define (%receive-from cursor matcher deadline on-timeout)
  (let loop ((cursor cursor))
    (let ((node (%mailbox-next cursor)))
      (if node
          (let ((action (matcher (%mailbox-message node))))
            (if action
                (begin (%mailbox-remove! node) (action))
                (loop node)))
          (if (%mailbox-wait deadline)
              (loop cursor)
              (on-timeout))))))

(define (%receive matcher timeout on-timeout)
  (%receive-from (%mailbox-start) matcher (%deadline timeout) on-timeout))

(define (%receive-timeout)
  (error "receive timeout"))

;; (timeout default) options of ?, ?? and !?: with no default a timeout raises.
(define (%timeout options) (if (pair? options) (car options) #f))
(define (%on-timeout options)
  (if (and (pair? options) (pair? (cdr options)))
      (let ((default (cadr options))) (lambda () default))
      %receive-timeout))

(define (? . options)
  (%receive (lambda (m) (lambda () m)) (%timeout options) (%on-timeout options)))

(define (?? pred . options)
  (%receive (lambda (m) (and (pred m) (lambda () m))) (%timeout options) (%on-timeout options)))

;; A call: sends (self tag message) and waits for (tag reply). The tag is fresh, so
;; only messages that arrive after the request can be the reply: the scan starts there.
(define (!? pid message . options)
  (let ((tag (make-tag))
        (mark (%mailbox-mark)))
    (! pid (list (self) tag message))
    (%receive-from mark
                   (lambda (m)
                     (and (pair? m) (equal? (car m) tag) (pair? (cdr m))
                          (let ((reply (cadr m))) (lambda () reply))))
                   (%deadline (%timeout options))
                   (%on-timeout options))))

(define (thread-sleep! seconds)
  (%sleep-until (%deadline seconds)))

(define (thread-yield!) (%yield))
