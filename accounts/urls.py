"""The portal's own account pages, mounted with allauth's under `akun/` (portal/urls.py)."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("nama/", views.display_name_change, name="display_name"),
    # Take the place of allauth's own views at the same addresses (allauth's URL names still reverse here).
    path("signup/", views.SignupView.as_view(), name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
]
