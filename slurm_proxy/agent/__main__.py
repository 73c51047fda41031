from __future__ import annotations

import os
import sys

from .server import serve

sys.exit(serve(dict(os.environ)))
