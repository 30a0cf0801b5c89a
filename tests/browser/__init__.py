"""The browser layer: built pages opened in headless Chromium (axe, keyboard, narrow screens).
They skip only when Chromium is missing and `CI` is unset.
"""
