"""The forum's services, views and helpers; its models are in feedback.models.forum."""
