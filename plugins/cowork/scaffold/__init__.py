"""`cowork new member|event|recap`: pre-filled, commented files that pass the check as written,
never written over another file (`write`), for members and events, and recaps (`recap`).
"""
