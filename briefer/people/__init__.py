"""The people library: one `.person` file per person in the user's folder
and in team folders; search, linking participants, import from CSV and
vCard.  No Qt here.

* :mod:`.model` — the `.person` file;
* :mod:`.library` — folders of them, saving with a check for a colleague's edit;
* :mod:`.folders` — where the user's and the team's folders are;
* :mod:`.search` — search by name in any script, Latin name, title, organisation;
* :mod:`.link` — participants taken from the library, what changed, updating;
* :mod:`.importing` — CSV and vCard import, merging the same person.
"""
