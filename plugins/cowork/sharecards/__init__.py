"""Share cards: the 1200 × 630 picture a page shows when it is shared (Open Graph `og:image`).

What a card says (`card`: title, lines such as an event's date and place, the space's name and
colours, a member's photo), how its title fits (`layout`: wrapped at words, shortened with an
ellipsis, never cut mid-word or overflowing), drawing it with Pillow and the font shipped in
`fonts/` (`render`), and the cache that makes an unchanged card cost nothing (`cache`).
"""
