import os

# Qt aborts without a screen unless told to draw offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
