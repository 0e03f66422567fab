# versions: 3.11+
# needs: host-stdlib
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(filename)s:%(lineno)d %(funcName)s %(message)s", force=True)


def audit(message):
    logging.info(message, stacklevel=2)


def handle_request():
    audit("request handled")


def nested():
    logging.getLogger().warning("deep", stacklevel=1)
    handle_request()


nested()
logging.info("with stack", stack_info=True)
