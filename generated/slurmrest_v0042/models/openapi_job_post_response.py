from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_array_response_msg_entry import JobArrayResponseMsgEntry
    from ..models.openapi_error import OpenapiError
    from ..models.openapi_meta import OpenapiMeta
    from ..models.openapi_warning import OpenapiWarning


T = TypeVar("T", bound="OpenapiJobPostResponse")


@_attrs_define
class OpenapiJobPostResponse:
    """
    Attributes:
        results (Union[Unset, list['JobArrayResponseMsgEntry']]):
        meta (Union[Unset, OpenapiMeta]):
        errors (Union[Unset, list['OpenapiError']]):
        warnings (Union[Unset, list['OpenapiWarning']]):
    """

    results: Union[Unset, list["JobArrayResponseMsgEntry"]] = UNSET
    meta: Union[Unset, "OpenapiMeta"] = UNSET
    errors: Union[Unset, list["OpenapiError"]] = UNSET
    warnings: Union[Unset, list["OpenapiWarning"]] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for componentsschemasjob_array_response_array_item_data in self.results:
                componentsschemasjob_array_response_array_item = (
                    componentsschemasjob_array_response_array_item_data.to_dict()
                )
                results.append(componentsschemasjob_array_response_array_item)

        meta: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        errors: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemasopenapi_errors_item_data in self.errors:
                componentsschemasopenapi_errors_item = componentsschemasopenapi_errors_item_data.to_dict()
                errors.append(componentsschemasopenapi_errors_item)

        warnings: Union[Unset, list[dict[str, Any]]] = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemasopenapi_warnings_item_data in self.warnings:
                componentsschemasopenapi_warnings_item = componentsschemasopenapi_warnings_item_data.to_dict()
                warnings.append(componentsschemasopenapi_warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results
        if meta is not UNSET:
            field_dict["meta"] = meta
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_array_response_msg_entry import JobArrayResponseMsgEntry
        from ..models.openapi_error import OpenapiError
        from ..models.openapi_meta import OpenapiMeta
        from ..models.openapi_warning import OpenapiWarning

        d = {k: v for k, v in src_dict.items() if v is not None}
        results = []
        _results = d.pop("results", UNSET)
        for componentsschemasjob_array_response_array_item_data in _results or []:
            componentsschemasjob_array_response_array_item = JobArrayResponseMsgEntry.from_dict(
                componentsschemasjob_array_response_array_item_data
            )

            results.append(componentsschemasjob_array_response_array_item)

        _meta = d.pop("meta", UNSET)
        meta: Union[Unset, OpenapiMeta]
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = OpenapiMeta.from_dict(_meta)

        errors = []
        _errors = d.pop("errors", UNSET)
        for componentsschemasopenapi_errors_item_data in _errors or []:
            componentsschemasopenapi_errors_item = OpenapiError.from_dict(componentsschemasopenapi_errors_item_data)

            errors.append(componentsschemasopenapi_errors_item)

        warnings = []
        _warnings = d.pop("warnings", UNSET)
        for componentsschemasopenapi_warnings_item_data in _warnings or []:
            componentsschemasopenapi_warnings_item = OpenapiWarning.from_dict(
                componentsschemasopenapi_warnings_item_data
            )

            warnings.append(componentsschemasopenapi_warnings_item)

        _model = cls(
            results=results,
            meta=meta,
            errors=errors,
            warnings=warnings,
        )

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
