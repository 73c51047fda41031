from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_modify_comment import JobModifyComment
    from ..models.job_modify_tres import JobModifyTres
    from ..models.process_exit_code_verbose import ProcessExitCodeVerbose


T = TypeVar("T", bound="JobModify")


@_attrs_define
class JobModify:
    """
    Attributes:
        comment (Union[Unset, JobModifyComment]):
        derived_exit_code (Union[Unset, ProcessExitCodeVerbose]):
        extra (Union[Unset, str]): Arbitrary string used for node filtering if extra constraints are enabled
        tres (Union[Unset, JobModifyTres]):
        wckey (Union[Unset, str]): Workload characterization key
    """

    comment: Union[Unset, "JobModifyComment"] = UNSET
    derived_exit_code: Union[Unset, "ProcessExitCodeVerbose"] = UNSET
    extra: Union[Unset, str] = UNSET
    tres: Union[Unset, "JobModifyTres"] = UNSET
    wckey: Union[Unset, str] = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        derived_exit_code: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.derived_exit_code, Unset):
            derived_exit_code = self.derived_exit_code.to_dict()

        extra = self.extra

        tres: Union[Unset, dict[str, Any]] = UNSET
        if not isinstance(self.tres, Unset):
            tres = self.tres.to_dict()

        wckey = self.wckey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if derived_exit_code is not UNSET:
            field_dict["derived_exit_code"] = derived_exit_code
        if extra is not UNSET:
            field_dict["extra"] = extra
        if tres is not UNSET:
            field_dict["tres"] = tres
        if wckey is not UNSET:
            field_dict["wckey"] = wckey

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_modify_comment import JobModifyComment
        from ..models.job_modify_tres import JobModifyTres
        from ..models.process_exit_code_verbose import ProcessExitCodeVerbose

        d = {k: v for k, v in src_dict.items() if v is not None}
        _comment = d.pop("comment", UNSET)
        comment: Union[Unset, JobModifyComment]
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = JobModifyComment.from_dict(_comment)

        _derived_exit_code = d.pop("derived_exit_code", UNSET)
        derived_exit_code: Union[Unset, ProcessExitCodeVerbose]
        if isinstance(_derived_exit_code, Unset):
            derived_exit_code = UNSET
        else:
            derived_exit_code = ProcessExitCodeVerbose.from_dict(_derived_exit_code)

        extra = d.pop("extra", UNSET)

        _tres = d.pop("tres", UNSET)
        tres: Union[Unset, JobModifyTres]
        if isinstance(_tres, Unset):
            tres = UNSET
        else:
            tres = JobModifyTres.from_dict(_tres)

        wckey = d.pop("wckey", UNSET)

        _model = cls(
            comment=comment,
            derived_exit_code=derived_exit_code,
            extra=extra,
            tres=tres,
            wckey=wckey,
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
