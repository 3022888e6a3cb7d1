;;; Termite: current-jiffy and jiffies-per-second are built in; nothing to add.
