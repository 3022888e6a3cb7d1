(export cube-volume)
