(define (square-area side) (* side side))
(define pi-ish 355/113)
(define (circle-area r) (* pi-ish r r))
