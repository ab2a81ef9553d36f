"""Exchange with other programs and with paper: Anki, Moodle XML, GIFT, CSV question lists."""
