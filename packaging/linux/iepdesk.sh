#!/bin/sh
# /usr/bin/iepdesk: start the bundle installed under /opt/iepdesk (a wrapper rather than a symlink, so
# the bundle always finds its own folder).
exec /opt/iepdesk/iepdesk "$@"
