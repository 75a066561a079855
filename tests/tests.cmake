# The test list, one line a test.
