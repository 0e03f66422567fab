"""What a handler returns to the dispatch loop: a jump (an instruction index, >= 0), None
(go on with the next instruction), or one of these signals. The plain loop (vm.py), the
traced loop (traced.py) and the code fuse.py generates all read the same values.
"""

CALL = -1  # a new frame was pushed: vm.frame
RETURN = -2  # frame.retval is the frame's result
YIELD = -3  # frame.retval is the value yielded
YIELD_REPEAT = -4  # as YIELD, but the instruction runs again on resume (yield from)
FUSED_CALL = -16  # a fused step's guest call: FUSED_CALL - (index to resume at)
FUSED_YIELD = -(1 << 40)  # a fused step's yield: FUSED_YIELD - (index to resume at), below every FUSED_CALL
