# versions: 2.7 3.6+
import logging
import sys
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("world")
log.warning("version %d.%d", sys.version_info[0], sys.version_info[1])
log.info("not shown")
logging.getLogger().setLevel(logging.DEBUG)
log.debug("shown now")
try:
    {}["missing"]
except KeyError:
    log.error("caught %s", sys.exc_info()[0].__name__)
logging.shutdown()
