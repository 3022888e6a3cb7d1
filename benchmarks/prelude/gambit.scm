;;; Gambit: current-jiffy and jiffies-per-second are built in (4.9). No declarations, so Gambit keeps
;;; its defaults: safe code, generic arithmetic, globals (+ included) that a program may redefine.
