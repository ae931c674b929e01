"""The child and the team: the child's details and the people of the school team."""
