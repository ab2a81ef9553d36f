"""``studyapp screenshot --view VIEW OUT.png``."""

from __future__ import annotations


def register(subparsers) -> None:
    p = subparsers.add_parser("screenshot", help="save a picture of a view of the window (rendered offscreen)")
    p.add_argument("--view", default="library", help="library, study, bank, stats, classroom, projector, ...")
    p.add_argument("--theme", choices=("light", "dark"), help="appearance (default: the saved one)")
    p.add_argument("--size", help="WIDTHxHEIGHT (default 1280x800; 1920x1080 for the projector)")
    p.add_argument("out", metavar="OUT.png")
    p.set_defaults(func=run)


def run(args) -> int:
    from studyapp.core.errors import InvalidInput
    from studyapp.gui.screenshot import take_screenshot

    args.size = args.size or ("1920x1080" if args.view == "projector" else "1280x800")
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError as error:
        raise InvalidInput(f"--size must look like 1280x800, not {args.size!r}.") from error
    print(take_screenshot(args, args.view, args.out, args.theme, (width, height)))
    return 0
