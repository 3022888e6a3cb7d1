;; TCP connections between processes of one program, as Gambit offers them: a server that accepts
;; connections and answers each in a process of its own, clients that talk text and bytes. Every
;; wait (accepting, connecting, reading) parks its process: the program also runs on one worker,
;; where a wait that held the worker would stop everything.
;; also-with-jvm: -XX:ActiveProcessorCount=1

(define server (open-tcp-server (list local-port-number: 0)))
(define port-number (socket-info-port-number (tcp-server-socket-info server)))
(display (list (socket-info? (tcp-server-socket-info server))
               (socket-info-address (tcp-server-socket-info server))))
(newline)
;; expect: (#t #u8(127 0 0 1))

;; Each connection: lines come back upper-cased until the client closes its side.
(define (answer conn)
  (let loop ()
    (let ((line (read-line conn)))
      (if (eof-object? line)
          (close-port conn)
          (begin (display (string-upcase line) conn)
                 (newline conn)
                 (force-output conn)
                 (loop))))))
(define main (self))
(define acceptor
  (spawn (guard (e ((error-object? e) (! main (list 'acceptor-stopped (error-object-message e)))))
           (let loop ()
             (let ((conn (read server)))
               (spawn (answer conn))
               (loop))))))

(define c (open-tcp-client port-number))
(display (list (input-port? c) (output-port? c) (textual-port? c)))
(newline)
;; expect: (#t #t #t)
(display "hello\n" c)
(force-output c)
(display (read-line c)) (newline)
;; expect: HELLO

;; Ten clients at once, each in its own process, each waiting for its own answers.
(define me (self))
(define (client i)
  (let ((p (open-tcp-client (string-append "127.0.0.1:" (number->string port-number)))))
    (let loop ((k 0) (acc '()))
      (if (= k 3)
          (begin (close-port p) (! me (list i (reverse acc))))
          (begin (display (string-append "c" (number->string i) "-" (number->string k)) p)
                 (newline p)
                 (force-output p)
                 (loop (+ k 1) (cons (read-line p) acc)))))))
(for-each (lambda (i) (spawn (client i))) (iota 10))
(define answers
  (let collect ((n 0) (acc '()))
    (if (= n 10) acc (recv ((i lines) (collect (+ n 1) (cons (list i lines) acc)))))))
(display (cadr (assv 7 answers))) (newline)
;; expect: (C7-0 C7-1 C7-2)
(display (length answers)) (newline)
;; expect: 10

;; While this process waits for a line that comes late, another one computes and talks to us.
(define slow (open-tcp-client port-number))
(spawn (let loop ((i 0)) (if (< i 200000) (loop (+ i 1)) (! me 'counted))))
(spawn (begin (thread-sleep! 0.05) (display "late\n" slow) (force-output slow)))
(display (read-line slow)) (newline)
;; expect: LATE
(display (recv ('counted 'counted) (after 5 'timeout))) (newline)
;; expect: counted

;; Bytes and text on one connection, in order; closing our output side ends the server's loop,
;; which closes the connection: we read the end.
(write-bytevector (bytevector 104 105 10) slow)
(write-string "é\n" slow)
(force-output slow)
(display (list (read-u8 slow) (read-u8 slow) (read-u8 slow) (read-line slow))) (newline)
;; expect: (72 73 10 É)
(close-output-port slow)
(display (list (eof-object? (read-char slow)) (output-port-open? slow) (input-port-open? slow))) (newline)
;; expect: (#t #f #t)
(close-port slow)

;; Errors name the problem and the address.
(display (guard (e ((error-object? e) (error-object-message e))) (open-tcp-client (list port-number: 1))))
(newline)
;; expect: open-tcp-client: cannot connect to 127.0.0.1:1:
(display (guard (e ((error-object? e) (error-object-message e))) (open-tcp-client (list eol-encoding: 'lf))))
(newline)
;; expect: open-tcp-client: unsupported setting eol-encoding: (supported: address: coalesce: keep-alive: port-number:)
;; A peer that does not read: writing and flushing never wait, so other processes go on (on one
;; worker too), and once 16 MB wait to be sent a write says that the peer is not reading.
(define (contains? s part)
  (let loop ((i 0))
    (and (<= (+ i (string-length part)) (string-length s))
         (or (string=? (substring s i (+ i (string-length part))) part) (loop (+ i 1))))))
(define deaf-server (open-tcp-server (list local-port-number: 0)))
(spawn (let ((conn (read deaf-server))) (thread-sleep! 30)))
(define deaf (open-tcp-client (socket-info-port-number (tcp-server-socket-info deaf-server))))
(spawn (begin (thread-sleep! 0.05) (! main 'still-running)))
(define chunk (make-string 65536 #\x))
(display (guard (e ((error-object? e)
                    (contains? (apply string-append (error-object-message e)
                                      (map (lambda (x) (if (string? x) x "")) (error-object-irritants e)))
                               "is not reading")))
           (let loop ((i 0))
             (if (< i 400)
                 (begin (write-string chunk deaf) (force-output deaf) (loop (+ i 1)))
                 'all-sent))))
(newline)
;; expect: #t
(display (recv ('still-running 'others-ran) (after 5 'blocked))) (newline)
;; expect: others-ran

;; Closing the server port while a process waits to accept raises an error in that process.
(close-port server)
(display (recv (('acceptor-stopped message) message) (after 5 'timeout))) (newline)
;; expect: read: the server port was closed while waiting:
(close-port c)
(display (guard (e ((error-object? e) (error-object-message e))) (read-line c))) (newline)
;; expect: read-line: port is closed:
