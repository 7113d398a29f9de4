"""What the Rasa server, the action server and the web service share.

Small and import-light on purpose (no Rasa, no web framework): the action
server and the signposting library import from here too.

* :mod:`common.settings`: the one typed settings object, read once.
* :mod:`common.medium`: web or SMS, decided once from the input channel.
* :mod:`common.markers`: the signals an action sends back to the shared turn.
"""
